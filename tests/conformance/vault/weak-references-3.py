#| title: WeakValueDictionary
import weakref

class Image:
    def __init__(self, path):
        self.path = path

cache = weakref.WeakValueDictionary()
logo = Image("logo.png")
banner = Image("banner.png")
cache["logo"] = logo
cache["banner"] = banner
print("cached:", sorted(cache))
del banner
print("cached after del banner:", sorted(cache))
print("each entry is a", type(cache.data["logo"]).__name__)
