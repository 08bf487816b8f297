# tree with parent weakrefs versus strong parents and a cycle-breaking close()
import gc, sys, weakref

class TreeNode:
    def __init__(self, name, parent=None, weak=True):
        self.name = name
        self.children = []
        self.weak = weak
        if parent is not None:
            self._parent = weakref.ref(parent) if weak else parent
            parent.children.append(self)
        else:
            self._parent = None
    @property
    def parent(self):
        p = self._parent
        if isinstance(p, weakref.ref):
            return p()
        return p
    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))
    def close(self):
        for child in self.children:
            child.close()
        self.children.clear()
        self._parent = None
    def __del__(self):
        print("  del", self.name)

def build(weak):
    root = TreeNode("root", weak=weak)
    usr = TreeNode("usr", root, weak)
    TreeNode("bin", usr, weak)
    TreeNode("lib", usr, weak)
    TreeNode("etc", root, weak)
    return root

gc.collect()
gc.disable()
print("weak parents:")
root = build(True)
print(root.children[0].children[1].path())
print("refcount root:", sys.getrefcount(root))
del root
print("after del, collect:", gc.collect())

print("strong parents:")
root = build(False)
print(root.children[0].children[0].path())
print("refcount root:", sys.getrefcount(root))
del root
print("after del (cycle stays)")
print("collect:", gc.collect())

print("strong parents with close():")
root = build(False)
leaf = root.children[0].children[0]
root.close()
print("leaf parent after close:", leaf.parent)
del root
print("collect:", gc.collect())
del leaf
print("collect:", gc.collect())
gc.enable()
