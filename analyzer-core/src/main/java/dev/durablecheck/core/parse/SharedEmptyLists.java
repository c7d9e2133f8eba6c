package dev.durablecheck.core.parse;

import com.github.javaparser.ast.Node;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Lets the nodes of a finished tree share one empty list. JavaParser gives every node its own
 * list of children, of orphan comments and of observers; in a kept tree most are empty, and at
 * 24 bytes each they were a third of a large run's live heap (18.8 million lists, 450 MB, on the
 * bench's large-50 tree). Nothing here changes a tree after parsing, and the shared list refuses
 * every change, so a change would fail loudly, never corrupt other trees. When JavaParser's
 * fields cannot be reached (another version), trees are simply left as they are.
 */
final class SharedEmptyLists {

    private static final FrozenEmptyList<Object> EMPTY = new FrozenEmptyList<>();
    private static final List<VarHandle> LISTS = handles("childNodes", "orphanComments", "observers");

    private SharedEmptyLists() {
    }

    /** Replaces {@code node}'s own empty lists with the shared one. */
    static void share(Node node) {
        for (VarHandle list : LISTS) {
            ArrayList<?> own = (ArrayList<?>) list.get(node);
            if (own != null && own != EMPTY && own.isEmpty()) {
                list.set(node, EMPTY);
            }
        }
    }

    private static List<VarHandle> handles(String... fields) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Node.class, MethodHandles.lookup());
            List<VarHandle> handles = new ArrayList<>();
            for (String field : fields) {
                handles.add(lookup.findVarHandle(Node.class, field, ArrayList.class));
            }
            return List.copyOf(handles);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
    }

    /** An empty list that stays empty. */
    private static final class FrozenEmptyList<E> extends ArrayList<E> {

        private static final long serialVersionUID = 1L;

        FrozenEmptyList() {
            super(0);
        }

        @Override
        public boolean add(E element) {
            throw refused();
        }

        @Override
        public void add(int index, E element) {
            throw refused();
        }

        @Override
        public boolean addAll(Collection<? extends E> elements) {
            throw refused();
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> elements) {
            throw refused();
        }

        @Override
        public E set(int index, E element) {
            throw refused();
        }

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("a parsed tree is read-only: its empty lists are shared");
        }
    }
}
