/**
 * Shown on the web app's routes when the build folder is missing, so a fresh clone that skipped the build says
 * what to do instead of answering 404. Plain HTML with no inline script or style (the CSP allows neither).
 */
export function webNotBuiltPage(distDir: string): string {
  const dir = escapeHtml(distDir);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Qinao Alert: the web app has not been built</title>
</head>
<body>
<main>
<h1>The web app has not been built</h1>
<p>The api is running, but it found no built web app in <code>${dir}</code>.
Run <code>npm run build</code> (or <code>npm start</code>, which builds it), then reload this page.</p>
<p lang="zh-Hans">网页应用尚未构建：请运行 <code>npm run build</code>，然后刷新本页。</p>
<p lang="zh-Hant">網頁應用尚未建置：請執行 <code>npm run build</code>，然後重新載入本頁。</p>
<p lang="pt">A aplicação web ainda não foi compilada: execute <code>npm run build</code> e volte a carregar esta página.</p>
<p>The API itself answers under <a href="/api/docs">/api/docs</a>; its health is at <a href="/health">/health</a>.</p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
