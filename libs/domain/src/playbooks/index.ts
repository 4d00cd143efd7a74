export * from './playbook-rule.types.js';
export * from './rules/playbook-rules.data.js';
export * from './rules/hengqin-signal-areas.data.js';
export * from './playbook.evaluator.js';
export * from './playbook-run.plan.js';
export * from './playbook-rules.validation.js';
export * from './playbook-rule.view.js';
export * from './playbook-task.state.js';
