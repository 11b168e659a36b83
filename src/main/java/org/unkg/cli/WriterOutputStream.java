package org.unkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lets writers that want bytes (Jena's result writers, Rio) print through picocli's character writer, so that all
 * output goes where picocli sends it and tests can capture it. Decodes UTF-8; closing flushes but leaves the writer
 * open.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean end) throws IOException {
        bytes.flip();
        CoderResult r;
        do {
            r = decoder.decode(bytes, chars, end);
            drainChars();
        } while (r.isOverflow());
        bytes.compact();
    }

    private void drainChars() throws IOException {
        out.write(chars.array(), 0, chars.position());
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        decode(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        drainChars();
        out.flush();
    }
}
