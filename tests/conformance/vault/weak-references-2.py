#| title: A self-cleaning cache
import weakref

class Image:
    def __init__(self, path):
        self.path = path

cache = weakref.WeakValueDictionary()
logo = Image("logo.png")
banner = Image("banner.png")
cache["logo"] = logo
cache["banner"] = banner
print("cached:", sorted(cache.keys()))
del banner
print("cached after del banner:", sorted(cache.keys()))
print("logo is still there:", cache["logo"].path)
