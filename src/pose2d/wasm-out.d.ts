declare module '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js' {
  const factory: unknown;
  export default factory;
}
