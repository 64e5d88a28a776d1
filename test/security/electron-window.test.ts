import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/api/content-security-policy.js';
import { PROJECT_ROOT } from '../../core/project-root.js';

/** The `webPreferences` literal of the `new BrowserWindow({…})` in electron/main.ts, as property → source text. */
function webPreferences(): Record<string, string> {
  const file = join(PROJECT_ROOT, 'electron', 'main.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Record<string, string>[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
      const options = node.arguments?.[0];
      const prefs =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name?.getText() === 'webPreferences')
          : undefined;
      if (!prefs || !ts.isPropertyAssignment(prefs) || !ts.isObjectLiteralExpression(prefs.initializer))
        throw new Error(`${file}: new BrowserWindow needs a literal webPreferences object`);
      found.push(
        Object.fromEntries(
          prefs.initializer.properties.map((p) => {
            if (!ts.isPropertyAssignment(p))
              throw new Error(`${file}: webPreferences.${p.name?.getText()} must be a plain property`);
            return [p.name.getText(), p.initializer.getText()];
          }),
        ),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the desktop window', () => {
  it('isolates and sandboxes the page: no Node, no webview, no middle-click windows', () => {
    expect(webPreferences()).toMatchObject({
      contextIsolation: 'true',
      sandbox: 'true',
      nodeIntegration: 'false',
      nodeIntegrationInWorker: 'false',
      nodeIntegrationInSubFrames: 'false',
      webviewTag: 'false',
      webSecurity: 'true',
      allowRunningInsecureContent: 'false',
      experimentalFeatures: 'false',
      disableBlinkFeatures: "'Auxclick'",
    });
  });

  it('denies navigation and new windows, and opens only http(s) links outside', () => {
    const main = readFileSync(join(PROJECT_ROOT, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain("on('will-navigate', (event) => event.preventDefault())");
    expect(main).toMatch(/setWindowOpenHandler\([\s\S]*?https\?[\s\S]*?return \{ action: 'deny' \}/);
    expect(main).toContain("'will-attach-webview', (event) => event.preventDefault()");
    expect(main).toContain('setPermissionRequestHandler((_contents, _permission, callback) => callback(false))');
    expect(main).toContain('requestSingleInstanceLock()');
  });

  it('uses one strict Content-Security-Policy for the window, the web bridge and the HTML', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*|https?:/);
    const html = readFileSync(join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a <meta> policy; the header (bridge and window) carries it.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('flips the Electron fuses in the packaged app', () => {
    const builder = readFileSync(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8');
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'onlyLoadAppFromAsar: true',
      'enableEmbeddedAsarIntegrityValidation: true',
    ])
      expect(builder).toContain(fuse);
  });
});
