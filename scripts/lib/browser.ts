/** Serves dist/ with `vite preview` on a free port and opens Debian Chromium headless. Node only. */
import net from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];
/** WebGPU on Linux needs these; SwiftShader's adapter is used only where there is no GPU. */
export const webgpuArgs = ['--enable-unsafe-webgpu', '--enable-features=Vulkan'];
export const swiftshaderWebgpuArgs = [...webgpuArgs, '--use-angle=swiftshader', '--use-webgpu-adapter=swiftshader'];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startPreview(root: string): Promise<{ server: PreviewServer; url: string }> {
  const port = await freePort();
  const server = await preview({ root, logLevel: 'silent', preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
  return { server, url: `http://127.0.0.1:${port}` };
}

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const extra = (process.env.CHROMIUM_FLAGS ?? '').split(/\s+/).filter(Boolean);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...extraArgs, ...extra] });
}
