package org.unkg.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One element of an AKN4UN file: its local name, attributes, children, and the span of its text content in
 * {@link AknDocument#content()}.
 *
 * <pre>{@code
 * AknElement p = doc.root().find("preface").orElseThrow();
 * p.attr("name");              // null when absent
 * doc.content(p);              // "78/1. Political declaration …"
 * }</pre>
 */
public final class AknElement {
    private final String name;
    private final Map<String, String> attributes;
    private final List<AknElement> children = new ArrayList<>();
    private final int start;
    private int end;

    AknElement(String name, Map<String, String> attributes, int start) {
        this.name = name;
        this.attributes = attributes;
        this.start = start;
        this.end = start;
    }

    /** The local name ({@code container}, {@code authorialNote}); the namespace is not kept. */
    public String name() {
        return name;
    }

    /** An attribute by local name, or null. */
    public String attr(String local) {
        return attributes.get(local);
    }

    /** Child elements in document order. */
    public List<AknElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** Where the element's text content starts in {@link AknDocument#content()}. */
    public int start() {
        return start;
    }

    /** Where the element's text content ends (exclusive) in {@link AknDocument#content()}. */
    public int end() {
        return end;
    }

    /** The first child named {@code local}. */
    public Optional<AknElement> child(String local) {
        return children.stream().filter(c -> c.name.equals(local)).findFirst();
    }

    /** The first descendant (depth first, document order) named {@code local}. */
    public Optional<AknElement> find(String local) {
        for (AknElement c : children) {
            if (c.name.equals(local)) {
                return Optional.of(c);
            }
            Optional<AknElement> d = c.find(local);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Every descendant named {@code local}, in document order. */
    public List<AknElement> findAll(String local) {
        List<AknElement> out = new ArrayList<>();
        walk(e -> {
            if (e != this && e.name.equals(local)) {
                out.add(e);
            }
        });
        return out;
    }

    /** Visits this element and its descendants in document order. */
    public void walk(Consumer<AknElement> visitor) {
        visitor.accept(this);
        for (AknElement c : children) {
            c.walk(visitor);
        }
    }

    void add(AknElement child) {
        children.add(child);
    }

    void end(int contentEnd) {
        this.end = contentEnd;
    }

    @Override
    public String toString() {
        return "<" + name + ">[" + start + "," + end + ")";
    }
}
