// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;

import org.chaxu.engine.Finding;

/**
 * The findings of a session in order, kept so that handing them out costs nothing: they are held in
 * blocks of at most {@value #BLOCK} and every change copies only the block it touches and the short
 * table of blocks, never the blocks it does not touch. A {@link #snapshot()} shares the blocks of the
 * moment it was taken and so stays as it was, whatever the session does next; at a million elements
 * and 850,000 findings an edit copies a few thousand references where a copy of the list would copy
 * all of them.
 */
public final class OrderedFindings extends AbstractList<Finding> implements RandomAccess {

    /** The most findings in one block; a block that grows beyond it is split in two. */
    static final int BLOCK = 512;

    private static final Finding[][] NO_BLOCKS = {};
    private static final int[] NO_ENDS = {};

    /** The blocks, never changed once made: a change makes a new block and a new table. */
    private Finding[][] blocks = NO_BLOCKS;
    /** {@code ends[b]}: the index after block {@code b}'s last finding. */
    private int[] ends = NO_ENDS;

    @Override
    public int size() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    @Override
    public Finding get(int index) {
        return get(blocks, ends, index);
    }

    /** The findings as they are now, unchanged by later changes to this list, in constant time. */
    public List<Finding> snapshot() {
        return new Snapshot(blocks, ends);
    }

    @Override
    public void add(int index, Finding finding) {
        int size = size();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        if (blocks.length == 0) {
            blocks = new Finding[][] { { finding } };
            ends = new int[] { 1 };
            modCount++;
            return;
        }
        int b = index == size ? blocks.length - 1 : blockOf(ends, index);
        Finding[] old = blocks[b];
        int at = index - start(b);
        Finding[] grown = new Finding[old.length + 1];
        System.arraycopy(old, 0, grown, 0, at);
        grown[at] = finding;
        System.arraycopy(old, at, grown, at + 1, old.length - at);
        if (grown.length <= BLOCK) {
            Finding[][] newBlocks = blocks.clone();
            newBlocks[b] = grown;
            int[] newEnds = ends.clone();
            for (int i = b; i < newEnds.length; i++) {
                newEnds[i]++;
            }
            blocks = newBlocks;
            ends = newEnds;
        } else {
            int half = grown.length / 2;
            Finding[][] newBlocks = new Finding[blocks.length + 1][];
            int[] newEnds = new int[ends.length + 1];
            System.arraycopy(blocks, 0, newBlocks, 0, b);
            System.arraycopy(ends, 0, newEnds, 0, b);
            newBlocks[b] = Arrays.copyOfRange(grown, 0, half);
            newBlocks[b + 1] = Arrays.copyOfRange(grown, half, grown.length);
            newEnds[b] = start(b) + half;
            newEnds[b + 1] = ends[b] + 1;
            for (int i = b + 1; i < blocks.length; i++) {
                newBlocks[i + 1] = blocks[i];
                newEnds[i + 1] = ends[i] + 1;
            }
            blocks = newBlocks;
            ends = newEnds;
        }
        modCount++;
    }

    @Override
    public Finding remove(int index) {
        int size = size();
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int b = blockOf(ends, index);
        Finding[] old = blocks[b];
        int at = index - start(b);
        Finding removed = old[at];
        if (old.length == 1) {
            Finding[][] newBlocks = new Finding[blocks.length - 1][];
            int[] newEnds = new int[ends.length - 1];
            System.arraycopy(blocks, 0, newBlocks, 0, b);
            System.arraycopy(ends, 0, newEnds, 0, b);
            for (int i = b + 1; i < blocks.length; i++) {
                newBlocks[i - 1] = blocks[i];
                newEnds[i - 1] = ends[i] - 1;
            }
            blocks = newBlocks;
            ends = newEnds;
        } else {
            Finding[] shrunk = new Finding[old.length - 1];
            System.arraycopy(old, 0, shrunk, 0, at);
            System.arraycopy(old, at + 1, shrunk, at, old.length - at - 1);
            Finding[][] newBlocks = blocks.clone();
            newBlocks[b] = shrunk;
            int[] newEnds = ends.clone();
            for (int i = b; i < newEnds.length; i++) {
                newEnds[i]--;
            }
            blocks = newBlocks;
            ends = newEnds;
        }
        modCount++;
        return removed;
    }

    @Override
    public Finding set(int index, Finding finding) {
        int b = blockOf(ends, index);
        Finding[] changed = blocks[b].clone();
        int at = index - start(b);
        Finding old = changed[at];
        changed[at] = finding;
        Finding[][] newBlocks = blocks.clone();
        newBlocks[b] = changed;
        blocks = newBlocks;
        return old;
    }

    /** Sorts the findings from {@code from} (inclusive) to {@code to} (exclusive), copying each block it touches once. */
    public void sort(int from, int to, Comparator<? super Finding> order) {
        if (to - from < 2) {
            return;
        }
        Finding[] range = new Finding[to - from];
        for (int i = from; i < to; i++) {
            range[i - from] = get(i);
        }
        Arrays.sort(range, order);
        Finding[][] newBlocks = blocks.clone();
        for (int b = blockOf(ends, from); b < blocks.length && start(b) < to; b++) {
            Finding[] changed = blocks[b].clone();
            int start = start(b);
            for (int i = Math.max(from, start); i < Math.min(to, ends[b]); i++) {
                changed[i - start] = range[i - from];
            }
            newBlocks[b] = changed;
        }
        blocks = newBlocks;
    }

    /** Replaces every finding with these, in their order. */
    public void setAll(Collection<? extends Finding> ordered) {
        Finding[] all = ordered.toArray(new Finding[0]);
        // full blocks but for the last, with room for a quarter more before one splits
        int per = BLOCK * 3 / 4;
        int count = (all.length + per - 1) / per;
        Finding[][] newBlocks = new Finding[count][];
        int[] newEnds = new int[count];
        for (int b = 0; b < count; b++) {
            int end = Math.min(all.length, (b + 1) * per);
            newBlocks[b] = Arrays.copyOfRange(all, b * per, end);
            newEnds[b] = end;
        }
        blocks = newBlocks;
        ends = newEnds;
        modCount++;
    }

    @Override
    public void clear() {
        blocks = NO_BLOCKS;
        ends = NO_ENDS;
        modCount++;
    }

    @Override
    public boolean removeIf(Predicate<? super Finding> filter) {
        List<Finding> kept = new java.util.ArrayList<>(size());
        for (Finding[] block : blocks) {
            for (Finding f : block) {
                if (!filter.test(f)) {
                    kept.add(f);
                }
            }
        }
        if (kept.size() == size()) {
            return false;
        }
        setAll(kept);
        return true;
    }

    private int start(int block) {
        return block == 0 ? 0 : ends[block - 1];
    }

    /** The block holding {@code index}: the first whose end is after it. */
    private static int blockOf(int[] ends, int index) {
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Finding get(Finding[][] blocks, int[] ends, int index) {
        if (index < 0 || ends.length == 0 || index >= ends[ends.length - 1]) {
            throw new IndexOutOfBoundsException(index + " of " + (ends.length == 0 ? 0 : ends[ends.length - 1]));
        }
        int b = blockOf(ends, index);
        return blocks[b][index - (b == 0 ? 0 : ends[b - 1])];
    }

    /** An unmodifiable list over the blocks of one moment. */
    private static final class Snapshot extends AbstractList<Finding> implements RandomAccess {
        private final Finding[][] blocks;
        private final int[] ends;

        Snapshot(Finding[][] blocks, int[] ends) {
            this.blocks = blocks;
            this.ends = ends;
        }

        @Override
        public Finding get(int index) {
            return OrderedFindings.get(blocks, ends, index);
        }

        @Override
        public int size() {
            return ends.length == 0 ? 0 : ends[ends.length - 1];
        }

        @Override
        public java.util.Iterator<Finding> iterator() {
            return new java.util.Iterator<>() {
                private int block;
                private int at;

                @Override
                public boolean hasNext() {
                    return block < blocks.length;
                }

                @Override
                public Finding next() {
                    if (block >= blocks.length) {
                        throw new java.util.NoSuchElementException();
                    }
                    Finding f = blocks[block][at++];
                    if (at == blocks[block].length) {
                        block++;
                        at = 0;
                    }
                    return f;
                }
            };
        }

        @Override
        public Object[] toArray() {
            Object[] all = new Object[size()];
            int at = 0;
            for (Finding[] block : blocks) {
                System.arraycopy(block, 0, all, at, block.length);
                at += block.length;
            }
            return all;
        }
    }
}
