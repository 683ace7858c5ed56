/** The Emscripten module factory of whisper.cpp's WebAssembly build, which ships without types. */
declare module '@fugood/node-whisper-wasm/wasm/whisper-node.js' {
  const createWhisperModule: (options?: Record<string, unknown>) => Promise<unknown>;
  export default createWhisperModule;
}
