package org.unkg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A new store is built in a hidden directory beside its target and moved into place whole, so that a process
 * killed while TDB2 makes its files leaves the target as it was (absent or empty), never a store that cannot open.
 * The server's search index, kept in the store's folder, is built the same way.
 *
 * <pre>{@code
 * Path building = SiblingBuild.beside(target, "loading");   // ".unkg-db.loading-4242"
 * ...                                                       // make the store there, close it
 * SiblingBuild.moveIntoPlace(building, target);
 * }</pre>
 */
public final class SiblingBuild {
    private SiblingBuild() {
    }

    /** The directory to build {@code target} in: hidden, beside it, named for this process; emptied if left over. */
    public static Path beside(Path target, String purpose) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path building = abs.resolveSibling("." + abs.getFileName() + "." + purpose + "-"
                + ProcessHandle.current().pid());
        deleteTree(building); // left over by a run of a process with the same id that died
        deleteLeftOvers(abs, purpose);
        Files.createDirectories(building);
        return building;
    }

    /** Deletes what processes that died left beside {@code target} while building it for {@code purpose}. */
    private static void deleteLeftOvers(Path target, String purpose) throws IOException {
        String prefix = "." + target.getFileName() + "." + purpose + "-";
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> dead = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> p.getFileName().toString()
                .startsWith(prefix))) {
            for (Path p : s) {
                String pid = p.getFileName().toString().substring(prefix.length());
                if (pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    dead.add(p);
                }
            }
        }
        for (Path p : dead) {
            deleteTree(p);
        }
    }

    /** Moves the finished {@code building} to {@code target}, which must be absent or an empty directory. */
    public static void moveIntoPlace(Path building, Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            Files.delete(abs); // empty: delete() refuses otherwise
        }
        Files.createDirectories(abs.getParent());
        try {
            Files.move(building, abs, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(building, abs);
        }
    }

    /** Deletes {@code dir} and all it holds; nothing when it is absent. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
