# Observer pattern with weakref.WeakMethod: subscribers vanish when their owner goes
import weakref, gc, sys

class Button:
    def __init__(self):
        self.handlers = []
    def subscribe(self, method):
        self.handlers.append(weakref.WeakMethod(method, self._forget))
    def _forget(self, ref):
        print('  callback: forgetting a dead handler')
        self.handlers.remove(ref)
    def click(self):
        for ref in list(self.handlers):
            m = ref()
            if m is not None:
                m()

class Label:
    def __init__(self, text):
        self.text = text
    def on_click(self):
        print('  clicked ->', self.text)

btn = Button()
ok = Label('ok'); cancel = Label('cancel')
print('count before', sys.getrefcount(ok))
btn.subscribe(ok.on_click)
btn.subscribe(cancel.on_click)
print('count after subscribe', sys.getrefcount(ok))
btn.click()
del cancel
print('handlers left', len(btn.handlers))
btn.click()
r = btn.handlers[0]
m = r()
print('bound method alive while we hold it', m is not None, m.__self__ is ok)
del m
print('equal to new ref', r == weakref.WeakMethod(ok.on_click))
strong = btn.subscribe
plain = weakref.ref(ok.on_click)
print('plain weakref to bound method dies at once', plain() is None)
ok.friend = ok
del ok
print('cycle keeps ok', len(btn.handlers))
print('collect', gc.collect())
print('handlers after collect', len(btn.handlers))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
