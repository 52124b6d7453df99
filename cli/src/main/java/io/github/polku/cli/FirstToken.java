package io.github.polku.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the first token of a JSON text however much white space comes before it, in constant
 * memory, and gives back a stream that reads the text from its start (GH-21). The white space
 * read is not kept but counted, and given back as white space of the same length, lines and
 * last-line column, so the parser reports the same line and column for a problem. The source is
 * only read, never asked for {@code available()} (a pipe or FIFO cannot answer) and never closed.
 */
final class FirstToken {

    /** The first byte that is not white space or a leading UTF-8 byte order mark, or -1 at the end. */
    final int first;
    /** The whole text, from its first byte. */
    final InputStream stream;

    private FirstToken(int first, InputStream stream) {
        this.first = first;
        this.stream = stream;
    }

    static FirstToken of(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int length = in.readNBytes(buffer, 0, 3);
        int position = 0;
        boolean bom = length == 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF;
        if (bom) {
            position = 3;
        }
        Replay replay = new Replay(in, bom);
        boolean carriageReturn = false;
        while (true) {
            if (position == length) {
                length = in.read(buffer, 0, buffer.length);
                position = 0;
                if (length < 0) {
                    replay.cr += carriageReturn ? 1 : 0;
                    replay.rest(buffer, 0, 0);
                    return new FirstToken(-1, replay);
                }
                continue;
            }
            int b = buffer[position];
            if (b == ' ' || b == '\t') {
                if (carriageReturn) {
                    replay.cr++;
                    carriageReturn = false;
                }
                replay.spacesAfter++;
            } else if (b == '\n') {
                if (carriageReturn) {
                    replay.crlf++;
                    carriageReturn = false;
                } else {
                    replay.lf++;
                }
                replay.lineBreak();
            } else if (b == '\r') {
                if (carriageReturn) {
                    replay.cr++;
                }
                carriageReturn = true;
                replay.lineBreak();
            } else {
                if (carriageReturn) {
                    replay.cr++;
                }
                replay.rest(buffer, position, length - position);
                return new FirstToken(b & 0xFF, replay);
            }
            position++;
        }
    }

    /**
     * The counted white space (spaces, then CR LF pairs, LFs, lone CRs, then the spaces of the last
     * line), the rest of the block read, then the source.
     */
    private static final class Replay extends InputStream {
        private final InputStream source;
        private final boolean bom;
        long spacesBefore;
        long crlf;
        long lf;
        long cr;
        long spacesAfter;
        private byte[] rest;
        private int restPosition;
        private int restEnd;
        private int part;
        private long emitted;

        Replay(InputStream source, boolean bom) {
            this.source = source;
            this.bom = bom;
        }

        void lineBreak() {
            spacesBefore += spacesAfter;
            spacesAfter = 0;
        }

        void rest(byte[] bytes, int from, int count) {
            this.rest = bytes;
            this.restPosition = from;
            this.restEnd = from + count;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len && part < 7) {
                switch (part) {
                    case 0:
                        if (bom && emitted < 3) {
                            b[off + n++] = (byte) (emitted == 0 ? 0xEF : emitted == 1 ? 0xBB : 0xBF);
                            emitted++;
                            continue;
                        }
                        break;
                    case 1:
                        if (emitted < spacesBefore) {
                            b[off + n++] = ' ';
                            emitted++;
                            continue;
                        }
                        break;
                    case 2:
                        if (emitted < 2 * crlf) {
                            b[off + n++] = (byte) (emitted % 2 == 0 ? '\r' : '\n');
                            emitted++;
                            continue;
                        }
                        break;
                    case 3:
                        if (emitted < lf) {
                            b[off + n++] = '\n';
                            emitted++;
                            continue;
                        }
                        break;
                    case 4:
                        if (emitted < cr) {
                            b[off + n++] = '\r';
                            emitted++;
                            continue;
                        }
                        break;
                    case 5:
                        if (emitted < spacesAfter) {
                            b[off + n++] = ' ';
                            emitted++;
                            continue;
                        }
                        break;
                    default:
                        if (restPosition < restEnd) {
                            int count = Math.min(len - n, restEnd - restPosition);
                            System.arraycopy(rest, restPosition, b, off + n, count);
                            restPosition += count;
                            n += count;
                            continue;
                        }
                        break;
                }
                part++;
                emitted = 0;
            }
            if (n > 0) {
                return n;
            }
            return source.read(b, off, len);
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
