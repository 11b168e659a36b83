package org.unkg.normalize;

import java.util.Arrays;

/**
 * Text that remembers, for each of its characters, where that character stood in the file as read. Every stage
 * after {@code source} works on mapped text, so any span it finds maps back to the original offsets.
 *
 * <pre>{@code
 * MappedText t = MappedText.builder().append(src, 10, 20).append(' ', 20).build();
 * t.sourceStart(0);      // 10
 * t.sourceEnd(0, 3);     // offset after the source character of t.charAt(2)
 * }</pre>
 */
public final class MappedText implements CharSequence {
    private final String text;
    private final int[] map;

    private MappedText(String text, int[] map) {
        this.text = text;
        this.map = map;
    }

    /** A builder for mapped text. */
    public static Builder builder() {
        return new Builder();
    }

    /** The whole of {@code s}, mapped one to one starting at offset {@code start}. */
    public static MappedText of(String s, int start) {
        int[] m = new int[s.length()];
        for (int i = 0; i < m.length; i++) {
            m[i] = start + i;
        }
        return new MappedText(s, m);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    /** A slice of this text, keeping its map. */
    public MappedText slice(int start, int end) {
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(map, start, end));
    }

    /** The source offset of character {@code i}. */
    public int source(int i) {
        return map[i];
    }

    /** The source offset where the span starting at {@code start} begins. */
    public int sourceStart(int start) {
        return map[start];
    }

    /** The source offset just after the span {@code [start, end)}; {@code end > start}. */
    public int sourceEnd(int start, int end) {
        return map[end - 1] + 1;
    }

    /** This text with leading and trailing white space removed. */
    public MappedText strip() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == 0 && e == text.length() ? this : slice(s, e);
    }

    /** Accumulates characters with their source offsets. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] map = new int[64];

        /** Appends one character that stood at {@code source}. */
        public Builder append(char c, int source) {
            if (sb.length() == map.length) {
                map = Arrays.copyOf(map, map.length * 2);
            }
            map[sb.length()] = source;
            sb.append(c);
            return this;
        }

        /** Appends {@code src[from, to)}, each character mapped to its own offset plus {@code base}. */
        public Builder append(CharSequence src, int from, int to, int base) {
            for (int i = from; i < to; i++) {
                append(src.charAt(i), base + i);
            }
            return this;
        }

        /** Appends a mapped text, keeping its map. */
        public Builder append(MappedText t) {
            for (int i = 0; i < t.length(); i++) {
                append(t.charAt(i), t.source(i));
            }
            return this;
        }

        /** Appends {@code s}, every character mapped to {@code source} (for inserted separators). */
        public Builder appendAll(String s, int source) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), source);
            }
            return this;
        }

        /** Characters so far. */
        public int length() {
            return sb.length();
        }

        /** The last character, or 0 when empty. */
        public char last() {
            return sb.length() == 0 ? 0 : sb.charAt(sb.length() - 1);
        }

        /** Drops trailing white space. */
        public Builder trimEnd() {
            int n = sb.length();
            while (n > 0 && Character.isWhitespace(sb.charAt(n - 1))) {
                n--;
            }
            sb.setLength(n);
            return this;
        }

        public MappedText build() {
            return new MappedText(sb.toString(), Arrays.copyOf(map, sb.length()));
        }
    }
}
