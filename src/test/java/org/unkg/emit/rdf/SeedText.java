package org.unkg.emit.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.unkg.model.Body;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Section;
import org.unkg.model.Treaty;

/**
 * A real seed text, for building extractions by hand as the extractor will: each citation is found in the text
 * from a quote, in order, so that its offsets are the real ones. A space in a quote matches any run of white
 * space, because the seeds break lines mid-sentence.
 *
 * <pre>{@code
 * SeedText t = SeedText.read("000_53c47aa551a5de29.txt", "text");
 * t.cite(SeedText.ga("35/168").date(d("1980-12-15")), "resolution 35/168 of 15 December 1980")
 *  .section(Section.PREAMBLE).verb("Convinced");
 * Extraction x = t.extraction(identity);
 * }</pre>
 */
final class SeedText {
    static final Path SEEDS = Path.of("../shared/seeds");

    final String file;
    final String text;
    private final String format;
    private final String sha256;
    private final List<Citation.Builder> cites = new ArrayList<>();
    private int cursor;

    private SeedText(String file, String text, String format, String sha256) {
        this.file = file;
        this.text = text;
        this.format = format;
        this.sha256 = sha256;
    }

    static SeedText read(String name, String format) {
        try {
            byte[] bytes = Files.readAllBytes(SEEDS.resolve(name));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new SeedText("seeds/" + name, new String(bytes, StandardCharsets.UTF_8), format, sha);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Finds {@code quote} after the previous citation and gives {@code b} its span; returns {@code b}. */
    Citation.Builder cite(Citation.Builder b, String quote) {
        String regex = Arrays.stream(quote.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find(cursor)) {
            throw new IllegalArgumentException(file + ": no '" + quote + "' after offset " + cursor);
        }
        cursor = m.start() + 1;
        b.span(m.start(), m.end(), m.group());
        cites.add(b);
        return b;
    }

    Extraction extraction(Identity id) {
        return new Extraction(file, sha256, format, text, id, cites.stream().map(Citation.Builder::build).toList(),
                List.of());
    }

    static Citation.Builder ga(String number) {
        return Citation.of(CitationKind.GA_RESOLUTION, number);
    }

    static Citation.Builder sc(String number) {
        return Citation.of(CitationKind.SC_RESOLUTION, number);
    }

    static Citation.Builder document(String symbol) {
        return Citation.of(CitationKind.DOCUMENT, symbol);
    }

    static Citation.Builder treaty(String name) {
        return Citation.of(CitationKind.TREATY, name).treaty(new Treaty(name, null, null, null, null));
    }

    static Citation.Builder body(String name, String... altNames) {
        return Citation.of(CitationKind.BODY, name).body(new Body(name, List.of(altNames), null));
    }

    static Citation.Builder bodyEstablishedBy(String name, String resolution, String... altNames) {
        return Citation.of(CitationKind.BODY, name).body(new Body(name, List.of(altNames), resolution));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static final Section PREAMBLE = Section.PREAMBLE;
    static final Section OPERATIVE = Section.OPERATIVE;
    static final Section FOOTNOTE = Section.FOOTNOTE;
    static final Section HEADING = Section.HEADING;
}
