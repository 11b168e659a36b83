package org.unkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The lock TDB2 keeps on a store directory, read the way unkg reports it. TDB2 takes an operating-system file lock
 * on {@code DIR/tdb.lock} and writes its process id into the file; the operating system drops the lock when the
 * process ends, however it ends, so a lock left by a killed process never blocks anyone: only its process id stays
 * in the file. unkg clears that id when it closes a store, so an id found at open time means the last holder is
 * still running, or died without closing (killed, power cut).
 *
 * <pre>{@code
 * StoreLock.leftByDeadProcess(db);   // OptionalLong.of(4711): a killed ingest's lock, taken over on open
 * StoreLock.holder(db);              // the process id written in the lock file, if any
 * StoreLock.clear(db);               // after closing: nothing left behind
 * }</pre>
 */
public final class StoreLock {
    /** The lock file TDB2 keeps at the top of a store directory. */
    static final String FILE = "tdb.lock";

    private StoreLock() {
    }

    /** The process id written in {@code dir/tdb.lock}, if the file holds one. */
    public static OptionalLong holder(Path dir) {
        try {
            String s = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).strip();
            return s.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(s)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The process id of a lock whose process is no longer running: a store that process did not close, which
     * TDB2 takes over on open (replaying a committed transaction from its journal, dropping an unfinished one).
     */
    public static OptionalLong leftByDeadProcess(Path dir) {
        OptionalLong pid = holder(dir);
        if (pid.isEmpty() || pid.getAsLong() == ProcessHandle.current().pid()
                || ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
            return OptionalLong.empty();
        }
        return pid;
    }

    /** "process 4711 (java -jar unkg.jar serve)": the process and, when the system says, its command line. */
    static String describe(long pid) {
        Optional<String> command = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine());
        String line = command.map(StoreLock::shortened).orElse("");
        return "process " + pid + (line.isEmpty() ? "" : " (" + line + ")");
    }

    /** A command line cut to a readable length; a Java class path alone can run to kilobytes. */
    private static String shortened(String commandLine) {
        String s = commandLine.replaceAll("\\s+", " ").strip();
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    /**
     * Empties {@code dir/tdb.lock} once the store is closed, so that no process id is left behind. Only when the
     * lock is free: a process that opened the store meanwhile keeps its id there.
     */
    static void clear(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                try {
                    ch.truncate(0);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException | OverlappingFileLockException e) {
            // the id stays: at worst the next open notes a lock left behind, which is harmless
        }
    }
}
