package org.unkg.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;

/**
 * Kleinberg's HITS by power iteration: a good hub cites good authorities, a good authority is cited by good hubs.
 * JGraphT has no HITS, so here it is, in a few lines.
 *
 * <pre>{@code
 * Hits h = Hits.of(graph);
 * h.authority().get(v);   // each vector sums to 1
 * h.hub().get(v);
 * }</pre>
 *
 * Each round sets every authority to the sum of the hub scores of its citers, then every hub to the sum of the
 * authority scores of what it cites, and scales each vector to sum 1. It stops when no score moves more than
 * {@link #TOLERANCE}, or after {@link #MAX_ITERATIONS} rounds. Parallel edges count once (a citation is a link,
 * however often it is repeated). A graph without edges gives every vertex 0.
 *
 * @param hub       hub score by vertex
 * @param authority authority score by vertex
 * @param rounds    the rounds run
 */
public record Hits<V>(Map<V, Double> hub, Map<V, Double> authority, int rounds) {
    /** Largest change of any score at which the iteration has converged. */
    public static final double TOLERANCE = 1e-10;
    /** Most rounds. */
    public static final int MAX_ITERATIONS = 1000;

    /** HITS scores of every vertex of {@code g}, following the direction of its edges. */
    public static <V, E> Hits<V> of(Graph<V, E> g) {
        List<V> vs = List.copyOf(g.vertexSet());
        int n = vs.size();
        Map<V, Integer> index = new HashMap<>();
        for (V v : vs) {
            index.put(v, index.size());
        }
        // adjacency as distinct (source, target) pairs
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = g.outgoingEdgesOf(vs.get(i)).stream().map(g::getEdgeTarget).map(index::get).distinct()
                    .mapToInt(Integer::intValue).toArray();
        }
        double[] hub = new double[n];
        double[] auth = new double[n];
        java.util.Arrays.fill(hub, n == 0 ? 0 : 1.0 / n);
        int rounds = 0;
        double delta = Double.MAX_VALUE;
        while (rounds < MAX_ITERATIONS && delta > TOLERANCE) {
            rounds++;
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j : out[i]) {
                    a[j] += hub[i];
                }
            }
            scale(a);
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j : out[i]) {
                    h[i] += a[j];
                }
            }
            scale(h);
            delta = Math.max(maxChange(a, auth), maxChange(h, hub));
            auth = a;
            hub = h;
        }
        Map<V, Double> hubs = new HashMap<>();
        Map<V, Double> auths = new HashMap<>();
        for (int i = 0; i < n; i++) {
            hubs.put(vs.get(i), hub[i]);
            auths.put(vs.get(i), auth[i]);
        }
        return new Hits<>(hubs, auths, rounds);
    }

    private static void scale(double[] x) {
        double sum = 0;
        for (double d : x) {
            sum += d;
        }
        if (sum > 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] /= sum;
            }
        }
    }

    private static double maxChange(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
