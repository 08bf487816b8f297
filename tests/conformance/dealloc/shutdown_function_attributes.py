# At exit a function's attribute is finalized where its __dict__ (tracked after the value was made) puts it in the collector's order
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(): pass
f.attr = D('fattr')
a = D('a')
l = [D('l1'), D('l2')]
c = D('c')
c.x = D('cx')
d = {'k': D('dk')}
t = (D('t1'), [D('t2')])
class K:
    ka = D('ka')
print("end of module")
