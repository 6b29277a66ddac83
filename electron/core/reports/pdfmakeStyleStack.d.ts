// pdfmake's style stack module (CommonJS: its class is the `default` of module.exports), which
// styleLookupSpeedup.ts patches; typed there as StyleStackClass.
declare module 'pdfmake/js/StyleContextStack.js' {
  const module: { default: unknown }
  export default module
}
