// The flags every headless Chromium of ours starts with (tests, screenshots, the benchmark): no sandbox (root in
// CI), and none of the background traffic an offline machine cannot serve. Callers add what they need
// (`--disable-gpu` for tests and screenshots; the benchmark keeps the GPU path to measure WebGL).
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
