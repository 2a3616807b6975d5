package se.sim1177.app;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rough count of the heap an object holds: itself and everything it reaches, each object once,
 * at the sizes of a 64-bit JVM with compressed references (a 12-byte header, 4-byte references,
 * sizes rounded up to 8). It walks the project's own classes field by field and the JDK's
 * collections through their elements (their insides are closed to reflection), and counts other
 * JDK values (boxed numbers) by their header; enums and classes are shared, so they count nothing.
 * Good enough to tell kilobytes from hundreds of them, and to say which classes are reachable.
 */
final class ReachableHeap {
  private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
  private final Set<String> classes = new TreeSet<>();
  private long bytes;

  private ReachableHeap() {}

  static ReachableHeap of(Object root) {
    ReachableHeap heap = new ReachableHeap();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (heap.seen.put(o, Boolean.TRUE) == null) {
        heap.visit(o, todo);
      }
    }
    return heap;
  }

  /** Bytes reachable, about. */
  long bytes() {
    return bytes;
  }

  /** The names of every class with an instance reachable. */
  Set<String> classes() {
    return classes;
  }

  private void visit(Object o, Deque<Object> todo) {
    Class<?> c = o.getClass();
    if (o instanceof Class<?> || o instanceof Enum<?>) {
      return;
    }
    classes.add(c.getName());
    if (c.isArray()) {
      int n = Array.getLength(o);
      Class<?> element = c.getComponentType();
      bytes += align(16 + (long) n * size(element));
      if (!element.isPrimitive()) {
        for (int i = 0; i < n; i++) {
          push(Array.get(o, i), todo);
        }
      }
    } else if (o instanceof String s) {
      bytes += 24 + align(16 + s.length());
    } else if (o instanceof Collection<?> collection) {
      bytes += 24 + align(16 + 4L * collection.size());
      collection.forEach(e -> push(e, todo));
    } else if (o instanceof Map<?, ?> map) {
      bytes += 48 + align(16 + 4L * map.size()) + 32L * map.size();
      map.forEach((k, v) -> {
        push(k, todo);
        push(v, todo);
      });
    } else if (c.getName().startsWith("se.sim1177.")) {
      long shallow = 12;
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers())) {
            continue;
          }
          shallow += size(f.getType());
          if (!f.getType().isPrimitive()) {
            f.setAccessible(true);
            try {
              push(f.get(o), todo);
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
      bytes += align(shallow);
    } else {
      bytes += 16;
    }
  }

  private static void push(Object o, Deque<Object> todo) {
    if (o != null) {
      todo.push(o);
    }
  }

  private static long size(Class<?> type) {
    if (type == long.class || type == double.class) {
      return 8;
    }
    if (type == int.class || type == float.class) {
      return 4;
    }
    if (type == short.class || type == char.class) {
      return 2;
    }
    if (type == byte.class || type == boolean.class) {
      return 1;
    }
    return 4;
  }

  private static long align(long n) {
    return (n + 7) / 8 * 8;
  }
}
