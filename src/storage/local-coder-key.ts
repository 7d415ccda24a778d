/** The meta record holding who codes in this browser profile (`LocalCoder`). */
export const LOCAL_CODER_KEY = 'local-coder';
