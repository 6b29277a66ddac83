// Types for the parts of `linebreak` (Unicode UAX #14 line breaking, the library pdfmake and pdfkit use) we call.
declare module 'linebreak' {
  interface Break {
    position: number
    required: boolean
  }
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): Break | null
  }
}
