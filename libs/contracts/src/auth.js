export {};
//# sourceMappingURL=auth.js.map