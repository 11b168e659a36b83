package org.unkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.unkg.source.SourceReader;

/**
 * Full-text search over every resolution in the store: its symbol and number, its title, and the words of its
 * text when its source file can be read. A Lucene index kept in the store's folder between starts
 * ({@link SearchIndexFolder}), built again only when the store's resolutions are not those it was built from.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.open(dsg, texts, labels, Path.of("unkg-db"));   // null: in memory
 * index.search("35/168", 0, 20);        // the resolution first: a symbol or number matches exactly
 * index.search("safety of journalists", 0, 20);
 * index.summary();   // "search index: 5 resolutions, 5 with their text, reused in 0.1 s (store unchanged; …)"
 * }</pre>
 *
 * <p>Why not jena-text: its index follows writes made through a text dataset, but {@code unkg ingest} loads a new
 * store with TDB2's bulk loader, which bypasses it, and the words of a resolution are not in the store at all
 * (only the quoted passages are): they are in the source files. Why on disk and kept: 100,000 resolutions' texts
 * do not fit a 2 GB heap, and reading them takes minutes of CPU. Whether a kept index still describes the store
 * is checked at every start, so it is never stale: at once when the store's files did not change, else by its
 * stamp ({@link #stamp}), a hash of what each document is made of but the text, and of what decides the text: the
 * file's stored SHA-256, and whether the file is there to read.
 */
final class SearchIndex {
    /** Bump when documents change (fields, analysis, snippet length): a kept index of another format is rebuilt. */
    static final int FORMAT = 1;
    /** The heap the writer buffers documents in before it writes a segment. */
    private static final double RAM_BUFFER_MB = 64;
    /** The longest text kept for snippets, in characters. */
    private static final int SNIPPET_TEXT = 20_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Every resolution, with its source files if it has any; a text file comes before a PDF. */
    private static final String RESOLUTIONS = """
            SELECT ?r ?path ?sha WHERE {
              ?r a unkg:Resolution .
              OPTIONAL { GRAPH ?g { ?file foaf:primaryTopic ?r ; unkg:path ?path . OPTIONAL { ?file unkg:sha256 ?sha }
                OPTIONAL { ?file unkg:sourceFormat ?f } } }
            } ORDER BY ?r (COALESCE(?f, "") = "pdf") ?path""";

    /** A resolution as indexed: its facts, and its best file ("" for none) with the file's stored hash. */
    record Entry(Thing thing, String path, String sha) { }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final SearchIndexFolder.Opened opened;
    private long millis;

    private SearchIndex(SearchIndexFolder.Opened opened) {
        this.opened = opened;
        this.reader = opened.reader();
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * The index of every resolution of {@code dsg}, with the text of those whose file {@code texts} can read: the
     * one kept in {@code storeDir} when it was built from the same resolutions, else a new one, kept there for the
     * next start. With no {@code storeDir} (an in-memory dataset), built in memory.
     */
    static SearchIndex open(DatasetGraph dsg, SourceTexts texts, Labels labels, Path storeDir) {
        long start = System.nanoTime();
        try {
            if (storeDir == null) {
                List<Entry> entries = read(dsg, labels);
                Directory dir = new ByteBuffersDirectory();
                int withText = write(dir, entries, texts);
                SearchIndexFolder.Stamp stamp = new SearchIndexFolder.Stamp("", "", entries.size(), withText,
                        Instant.now(), (System.nanoTime() - start) / 1_000_000);
                return new SearchIndex(new SearchIndexFolder.Opened(DirectoryReader.open(dir), stamp, null, null,
                        () -> { }));
            }
            return new SearchIndex(new SearchIndexFolder(storeDir, texts).open(start, contents(dsg, texts, labels)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The documents of {@code dsg}'s resolutions, read from the store when first asked for. */
    private static SearchIndexFolder.Contents contents(DatasetGraph dsg, SourceTexts texts, Labels labels) {
        return new SearchIndexFolder.Contents() {
            private List<Entry> entries;

            private List<Entry> entries() {
                if (entries == null) {
                    entries = read(dsg, labels);
                }
                return entries;
            }

            @Override
            public String hash() {
                return stamp(entries(), texts);
            }

            @Override
            public List<String[]> files() {
                return entries().stream().filter(e -> !e.path().isEmpty())
                        .map(e -> new String[] {e.path(), e.sha()}).toList();
            }

            @Override
            public int write(Directory dir) throws IOException {
                return SearchIndex.write(dir, entries(), texts);
            }
        };
    }

    /** Every resolution with its best file, in one read transaction. */
    private static List<Entry> read(DatasetGraph dsg, Labels labels) {
        return Txn.calculateRead(dsg, () -> {
            List<Entry> out = new ArrayList<>();
            Node last = null;
            for (Binding b : Sparql.select(dsg, RESOLUTIONS, Map.of())) {
                Node r = Sparql.node(b, "r");
                if (!r.equals(last)) { // the first row of each resolution names its best file
                    out.add(new Entry(Thing.of(dsg, r, labels), Sparql.lexical(b, "path"), Sparql.lexical(b, "sha")));
                    last = r;
                }
            }
            return out;
        });
    }

    /**
     * The SHA-256, in hex, of what the documents of {@code entries} are made of but their texts: the format, and
     * per resolution its IRI, symbol, label, title, file and the file's stored hash, and whether the file is there
     * ({@link SourceTexts#fingerprint}). Equal stamps, equal indexes; a stat per file, no file read.
     */
    static String stamp(List<Entry> entries, SourceTexts texts) {
        MessageDigest sha = sha256();
        StringBuilder b = new StringBuilder("unkg search index, format ").append(FORMAT).append('\n');
        for (Entry e : entries) {
            Thing t = e.thing();
            for (String field : new String[] {t.iri().getURI(), t.symbol(), t.label(), t.title(), e.path(), e.sha(),
                    e.path().isEmpty() ? "" : texts.fingerprint(e.path(), e.sha())}) {
                // each field ends in a character no field holds; an absent one is marked apart from an empty one
                b.append(field == null ? "\u0001" : field).append('\u0000');
            }
            if (b.length() > 1 << 16) { // hashed as it goes: 100,000 resolutions make tens of megabytes
                sha.update(b.toString().getBytes(StandardCharsets.UTF_8));
                b.setLength(0);
            }
        }
        sha.update(b.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of {@code s} in UTF-8, in hex. */
    static String sha256(CharSequence s) {
        return SourceReader.sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has it
        }
    }

    /** Writes a document per entry into {@code dir}; returns how many have their text. */
    private static int write(Directory dir, List<Entry> entries, SourceTexts texts) throws IOException {
        int withText = 0;
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Entry e : entries) {
                Thing t = e.thing();
                Document d = new Document();
                d.add(new StringField("iri", t.iri().getURI(), Field.Store.YES));
                for (String key : keys(t.symbol(), t.label())) {
                    d.add(new StringField("key", key, Field.Store.NO));
                }
                d.add(new TextField("symbol", t.symbol() == null ? t.label() : t.symbol(), Field.Store.NO));
                if (t.title() != null) {
                    d.add(new TextField("title", t.title(), Field.Store.NO));
                }
                if (!e.path().isEmpty()) {
                    String text = texts.read(e.path(), e.sha()).orElse(null);
                    if (text != null) {
                        d.add(new TextField("text", text, Field.Store.NO));
                        d.add(new StoredField("snippetText", text.length() > SNIPPET_TEXT
                                ? text.substring(0, SNIPPET_TEXT) : text));
                        withText++;
                    }
                }
                w.addDocument(d);
            }
        }
        return withText;
    }

    /**
     * The exact forms a symbol is searched by, lower case and without spaces: {@code a/res/35/168}, {@code 35/168};
     * {@code s/res/1373(2001)}, {@code 1373(2001)}, {@code 1373}.
     */
    static List<String> keys(String symbol, String label) {
        List<String> keys = new ArrayList<>();
        for (String s : new String[] {symbol, label}) {
            if (s == null) {
                continue;
            }
            String k = normalize(s);
            keys.add(k);
            if (k.startsWith("a/res/") || k.startsWith("s/res/")) {
                String number = k.substring(6);
                keys.add(number);
                int paren = number.indexOf('(');
                if (paren > 0) {
                    keys.add(number.substring(0, paren));
                }
            }
        }
        return keys;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** How many resolutions are indexed, and how many of them with their text. */
    int documents() {
        return opened.stamp().documents();
    }

    int withText() {
        return opened.stamp().withText();
    }

    /** Whether the index was kept from an earlier start rather than built by this one. */
    boolean reused() {
        return opened.reused() != null;
    }

    /** Records how long opening (reading the store, and building if need be) took, from the server's start. */
    SearchIndex took(long ms) {
        this.millis = ms;
        return this;
    }

    /**
     * One line for the log: what is indexed, and whether it was reused or built, in how long: "search index: 5
     * resolutions, 5 with their text, reused in 0.2 s (store unchanged; built 2026-11-30 12:00 UTC in 183.2 s)".
     */
    String summary() {
        SearchIndexFolder.Stamp s = opened.stamp();
        String line = "search index: " + s.documents() + " resolutions, " + s.withText() + " with their text, ";
        if (opened.reused() != null) {
            return line + "reused in " + seconds(millis) + " (" + opened.reused() + "; built "
                    + WHEN.format(s.built()) + " in " + seconds(s.buildMillis()) + ")";
        }
        return line + "built in " + seconds(millis)
                + (opened.temporary() == null ? "" : ", in a temporary folder (" + opened.temporary() + ")");
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /**
     * One page of hits for what a person typed: an exact symbol or number first, then the words in title and
     * text. Returns {@code total}, and {@code hits} as IRIs with a snippet around the first word found.
     */
    Map<String, Object> search(String q, int offset, int limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> hits = new ArrayList<>();
        out.put("query", q);
        out.put("hits", hits);
        out.put("total", 0L);
        out.put("offset", offset);
        out.put("limit", limit);
        if (q == null || q.isBlank()) {
            return out;
        }
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new BoostQuery(new TermQuery(new Term("key", normalize(q))), 50f), BooleanClause.Occur.SHOULD);
            Map<String, Float> boosts = new HashMap<>();
            boosts.put("symbol", 4f);
            boosts.put("title", 2f);
            boosts.put("text", 1f);
            MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {"symbol", "title", "text"}, analyzer,
                    boosts);
            p.setDefaultOperator(QueryParser.Operator.AND);
            p.setSplitOnWhitespace(true);
            p.setAutoGeneratePhraseQueries(true);
            Query words = p.parse(QueryParser.escape(q.strip()));
            b.add(words, BooleanClause.Occur.SHOULD);
            TopDocs top = searcher.search(b.build(), offset + limit);
            out.put("total", top.totalHits.value);
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                Document d = searcher.storedFields().document(docs[i].doc);
                Map<String, Object> hit = new LinkedHashMap<>();
                hit.put("iri", d.get("iri"));
                hit.put("snippet", snippet(d.get("snippetText"), q));
                hits.add(hit);
            }
        } catch (ParseException | IOException e) {
            out.put("error", "cannot search for that: " + e.getMessage());
        }
        return out;
    }

    /** About 200 characters around the first word of the query found in the text, or "". */
    static String snippet(String text, String q) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}/]+")) {
            if (w.length() < 3) {
                continue;
            }
            int i = lower.indexOf(w);
            if (i >= 0) {
                int s = Math.max(0, i - 90);
                int e = Math.min(text.length(), i + w.length() + 110);
                return (s > 0 ? "…" : "") + text.substring(s, e).replaceAll("\\s+", " ").strip()
                        + (e < text.length() ? "…" : "");
            }
        }
        return "";
    }

    /** The thing a hit names. */
    static Node iri(Map<String, Object> hit) {
        return NodeFactory.createURI((String) hit.get("iri"));
    }

    /** Closes the index, and deletes it if it was built in a temporary folder. */
    void close() {
        try {
            reader.close();
            reader.directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            opened.cleanup().run();
        }
    }
}
