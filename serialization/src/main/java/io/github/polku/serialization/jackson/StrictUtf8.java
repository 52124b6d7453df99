package io.github.polku.serialization.jackson;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that input is UTF-8 and nothing else, before the parser sees it (GH-21). Jackson's byte
 * parser detects UTF-16 and UTF-32 by their zero bytes and byte-order marks, and decodes overlong
 * sequences ({@code C0 AF} as {@code /}) and code points above U+10FFFF; a check on the raw bytes
 * could then be slipped past. This class accepts exactly the well-formed UTF-8 byte sequences of
 * the Unicode Standard (Table 3-7), without surrogates, and refuses the NUL byte, which no JSON
 * text holds raw (a control character must be escaped in a string, and is not white space). So
 * a UTF-16 or UTF-32 text, which has zero bytes or a byte-order mark of bytes that never occur in
 * UTF-8, is refused too. A UTF-8 byte-order mark ({@code EF BB BF}) is UTF-8 and passes.
 * <p>
 * Why a hand-written state machine and not a {@code CharsetDecoder}: it checks the bytes in place,
 * with no decoded copy, at the cost of one comparison per ASCII byte.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The input is not UTF-8; line and column (1-based, in bytes) locate the first bad byte. */
    static final class NotUtf8Exception extends CharConversionException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;

        NotUtf8Exception(long line, long column) {
            super("Not UTF-8");
            this.line = line;
            this.column = column;
        }
    }

    /** The input is longer than allowed. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("Document too large");
        }
    }

    /**
     * Finds the first byte that makes a byte range not UTF-8.
     *
     * @return the failure, or null if the range is UTF-8
     */
    static NotUtf8Exception check(byte[] bytes, int offset, int length) {
        Decoder d = new Decoder();
        int bad = d.scan(bytes, offset, length);
        if (bad < 0 && d.need == 0) {
            return null;
        }
        return bad < 0 ? d.failureAtEnd() : d.failure(bad);
    }

    /** The decoding state, carried from one block of bytes to the next. */
    static final class Decoder {
        /** Continuation bytes still needed, and the range the next one must be in. */
        int need;
        int lower = 0x80;
        int upper = 0xBF;
        /** Bytes scanned before the current block, the line and the offset where it began. */
        long base;
        long line = 1;
        long lineStart;
        private int blockStart;

        /**
         * Scans a block.
         *
         * @return the index of the first byte that is not UTF-8, or -1
         */
        int scan(byte[] b, int off, int len) {
            blockStart = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                int c = b[i];
                if (need == 0) {
                    if (c > 0) {
                        if (c == '\n') {
                            line++;
                            lineStart = base + (i - off) + 1;
                        }
                        continue;
                    }
                    c &= 0xFF;
                    if (c >= 0xC2 && c <= 0xDF) {
                        need = 1;
                    } else if (c >= 0xE0 && c <= 0xEF) {
                        need = 2;
                        lower = c == 0xE0 ? 0xA0 : 0x80;   // E0: no overlong three-byte form
                        upper = c == 0xED ? 0x9F : 0xBF;   // ED: no surrogates
                    } else if (c >= 0xF0 && c <= 0xF4) {
                        need = 3;
                        lower = c == 0xF0 ? 0x90 : 0x80;   // F0: no overlong four-byte form
                        upper = c == 0xF4 ? 0x8F : 0xBF;   // F4: nothing above U+10FFFF
                    } else {
                        // NUL, a continuation byte without a lead, C0/C1 (overlong) or F5-FF
                        return i;
                    }
                } else {
                    c &= 0xFF;
                    if (c < lower || c > upper) {
                        return i;
                    }
                    need--;
                    lower = 0x80;
                    upper = 0xBF;
                }
            }
            base += len;
            return -1;
        }

        /** The failure of a sequence cut short by the end of the input. */
        NotUtf8Exception failureAtEnd() {
            return new NotUtf8Exception(line, Math.max(1, base - lineStart + 1));
        }

        /** The failure at an index of the block last scanned, where {@link #scan} stopped. */
        NotUtf8Exception failure(int index) {
            long at = base + (index - blockStart);
            return new NotUtf8Exception(line, Math.max(1, at - lineStart + 1));
        }
    }

    /**
     * Wraps a stream so that reading it fails with {@link NotUtf8Exception} at the first byte that
     * is not UTF-8 (the bytes before it are delivered first) or with {@link TooLargeException}
     * after {@code limit} bytes. Its {@code available()} is 0: a pipe or FIFO cannot tell, and the
     * parser must not ask the source (GH-21). Closing it does not close the source.
     */
    static final class Input extends InputStream {
        private final InputStream in;
        private final long limit;
        private final Decoder decoder = new Decoder();
        private IOException pending;
        private long total;

        Input(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pending != null) {
                throw pending;
            }
            if (len == 0) {
                return 0;
            }
            // never more than one byte over the limit is taken from the source
            long room = limit - total;
            int n = in.read(b, off, room >= len ? len : (int) room + 1);
            if (n < 0) {
                if (decoder.need > 0) {
                    pending = decoder.failureAtEnd();
                    throw pending;
                }
                return -1;
            }
            if (total + n > limit) {
                // deliver up to the limit, then fail
                n = (int) (limit - total);
                pending = new TooLargeException();
                if (n == 0) {
                    throw pending;
                }
            }
            total += n;
            int bad = decoder.scan(b, off, n);
            if (bad >= 0) {
                pending = decoder.failure(bad);
                if (bad == off) {
                    throw pending;
                }
                return bad - off;
            }
            return n;
        }

        @Override
        public int available() {
            return 0;
        }

        @Override
        public void close() {
            // the caller owns the source
        }

        /**
         * Reads the rest of the source, counting and dropping the bytes, until its end or one byte
         * past the limit.
         *
         * @return true if the source is longer than the limit
         * @throws IOException if the source fails
         */
        boolean overLimit() throws IOException {
            if (pending instanceof TooLargeException) {
                return true;
            }
            byte[] scratch = new byte[8192];
            while (total <= limit) {
                long room = limit - total;
                int n = in.read(scratch, 0, room >= scratch.length ? scratch.length : (int) room + 1);
                if (n < 0) {
                    return false;
                }
                total += n;
            }
            return true;
        }
    }
}
