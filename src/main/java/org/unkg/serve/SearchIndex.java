package org.unkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Full-text search over every resolution in the store: its symbol and number, its title, and the words of its
 * text when its source file can be read. A Lucene index in memory, built from the store when the server starts.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.build(dsg, texts);
 * index.search("35/168", 0, 20);        // the resolution first: a symbol or number matches exactly
 * index.search("safety of journalists", 0, 20);
 * }</pre>
 *
 * <p>Why not jena-text: its index follows writes made through a text dataset, but {@code unkg ingest} loads a new
 * store with TDB2's bulk loader, which bypasses it, and the words of a resolution are not in the store at all
 * (only the quoted passages are): they are in the source files. Rebuilding at start from the store and the files
 * takes seconds for the corpus and can never be stale.
 */
final class SearchIndex {
    /** Every resolution, with its source files if it has any; a text file comes before a PDF. */
    private static final String RESOLUTIONS = """
            SELECT ?r ?path ?sha WHERE {
              ?r a unkg:Resolution .
              OPTIONAL { GRAPH ?g { ?file foaf:primaryTopic ?r ; unkg:path ?path . OPTIONAL { ?file unkg:sha256 ?sha }
                OPTIONAL { ?file unkg:sourceFormat ?f } } }
            } ORDER BY ?r (COALESCE(?f, "") = "pdf") ?path""";

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final int documents;
    private final int withText;
    private long millis;

    private SearchIndex(Directory dir, int documents, int withText) throws IOException {
        this.dir = dir;
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.documents = documents;
        this.withText = withText;
    }

    /** Indexes every resolution of {@code dsg}, with the text of those whose file {@code texts} can read. */
    static SearchIndex build(DatasetGraph dsg, SourceTexts texts, Labels labels) {
        record Entry(Thing thing, String path, String sha) { }
        List<Entry> entries = Txn.calculateRead(dsg, () -> {
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
        Directory dir = new ByteBuffersDirectory();
        int withText = 0;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
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
                        d.add(new StoredField("snippetText", text.length() > 20_000 ? text.substring(0, 20_000)
                                : text));
                        withText++;
                    }
                }
                w.addDocument(d);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        try {
            return new SearchIndex(dir, entries.size(), withText);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
        return documents;
    }

    int withText() {
        return withText;
    }

    /** Records how long building took, from the server's start. */
    SearchIndex took(long ms) {
        this.millis = ms;
        return this;
    }

    /** One line for the log: what is indexed and how long it took. */
    String summary() {
        return "search index: " + documents + " resolutions, " + withText + " with their text, built in "
                + String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
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

    void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
