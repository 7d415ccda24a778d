/**
 * Word documents (.docx) into plain text with mammoth's raw-text extraction (never HTML, so no
 * markup or script from the file reaches the app), after the zip has been checked whole and the
 * document's nesting bounded, so mammoth is only handed files it can read.
 */
import { boundedDetails } from '../../core/text/bounded';
import { checkDocxZip } from './zip-guard';

type Mammoth = typeof import('mammoth');
type MammothInput = Parameters<Mammoth['extractRawText']>[0];

/** How many of mammoth's own warnings to pass on before summarising the rest. */
const MAX_LISTED_WARNINGS = 3;

const DAMAGED = 'is a damaged Word document: its contents could not be read';

/**
 * The raw text of a .docx (paragraphs separated by blank lines), or why it cannot be read, in
 * the user's words with the library's own text as `details`: see `checkDocxZip` for what is
 * refused before mammoth opens the file. Never throws.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] } | { error: string; details?: string }> {
  const refused = checkDocxZip(bytes);
  if (refused) return refused;
  try {
    const mammoth = await loadMammoth();
    const result = await mammoth.extractRawText(mammothInput(bytes));
    return { text: result.value, warnings: describeMessages(result.messages.map((message) => message.message)) };
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    return { error: tooDeep ? 'is too deeply nested to read (tables inside tables, many levels down)' : DAMAGED, details: boundedDetails(error) };
  }
}

/** mammoth is CommonJS: depending on the bundler its API is the module or its default export. */
async function loadMammoth(): Promise<Mammoth> {
  const loaded = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  return loaded.default ?? loaded;
}

/**
 * mammoth's Node build reads `{ buffer }` and its browser build `{ arrayBuffer }`; giving both
 * works in either without sniffing the environment. Both views share one copy of the bytes.
 */
function mammothInput(bytes: Uint8Array): MammothInput {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { arrayBuffer, buffer: new Uint8Array(arrayBuffer) } as unknown as MammothInput;
}

function describeMessages(messages: string[]): string[] {
  const listed = messages.slice(0, MAX_LISTED_WARNINGS).map((message) => `Word file: ${message.slice(0, 200)}`);
  const more = messages.length - listed.length;
  return more > 0 ? [...listed, `Word file: ${more} more ${more === 1 ? 'message' : 'messages'}`] : listed;
}
