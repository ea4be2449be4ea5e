/**
 * SLIP-39 shares as operators hold them: a file (or a paste) with one share
 * per line, either bare words or exactly as custos prints them
 * (`share 1: word word ...`), with the headers custos prints around them
 * (`group 1 (2 of 3):`, `SLIP-39 backup of ...`, `Unseal shares (...)`) and
 * blank lines. Used for unseal shares and backup shares alike.
 */
import { badInput } from '../errors.js';

/** `share 3: ` (as printed by init, rekey and backup create). */
const SHARE_PREFIX = /^share\s+\d+\s*:\s*/i;

/** Lines custos itself prints around shares; skipped. */
const HEADERS = [
  /^group \d+ \(\d+ of \d+\):$/i,
  /^SLIP-39 backup of .*$/,
  /^Unseal shares \(.*$/,
  /^Initialized custos instance .*$/,
  /^Admin credential \(.*$/,
  /^Rekeyed: .*$/,
  /^#.*$/,
];

const WORDS = /^[a-z]+( [a-z]+)*$/i;

/**
 * The shares in `text`, in order, each normalised to lower-case words separated
 * by single spaces. A line that is neither a share nor a known header is
 * E_BAD_INPUT naming only its line number (its content may be a mistyped share).
 *
 * @example sharesIn('group 1 (2 of 3):\n  share 1: academic acid ...\n', 'backup share file x')
 */
export function sharesIn(text: string, what: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (line.length === 0 || HEADERS.some((h) => h.test(line))) return;
    const words = line.replace(SHARE_PREFIX, '');
    if (!WORDS.test(words))
      throw badInput(`${what}: line ${i + 1} is neither a share (words, or "share N: words") nor a header custos prints`, { field: what, line: i + 1 });
    out.push(words.toLowerCase());
  });
  return out;
}
