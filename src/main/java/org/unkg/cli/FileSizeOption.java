package org.unkg.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.source.SourceReader;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --max-file-size}: the largest file extract and ingest read; a larger one is refused with its size. */
final class FileSizeOption {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgG]?)[bB]?");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private long bytes = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "Refuse files larger than this, e.g. 500k, 64m (default: 32m).")
    void size(String v) {
        Matcher m = SIZE.matcher(v.strip());
        if (!m.matches()) {
            throw new ParameterException(spec.commandLine(), "--max-file-size must be a size such as 500k or 64m, not "
                    + v);
        }
        double n = Double.parseDouble(m.group(1));
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long b = (long) (n * unit);
        if (b < 1) {
            throw new ParameterException(spec.commandLine(), "--max-file-size must be at least one byte");
        }
        bytes = b;
    }

    long bytes() {
        return bytes;
    }
}
