# A class-level cache of instances keeps them alive until cleared; __del__ shows when each dies
import sys, gc

class Color:
    _cache = {}

    def __new__(cls, name):
        try:
            return cls._cache[name]
        except KeyError:
            pass
        self = super().__new__(cls)
        self.name = name
        cls._cache[name] = self
        print('created', name)
        return self

    def __del__(self):
        print('del', self.name)

red = Color('red')
again = Color('red')
print(red is again, sys.getrefcount(red))
blue = Color('blue')
del red, again
print('after del names', len(Color._cache))
del blue
print('cache still holds', sorted(Color._cache))
Color._cache.pop('red')
print('popped red')
Color._cache['blue'].peer = Color('green')
Color._cache['green'].peer = Color._cache['blue']
Color._cache.clear()
print('cleared', gc.collect())
print('end')
