#| title: A self-cleaning cache
import weakref

class Image:
    def __init__(self, path):
        self.path = path

cache = {}

def remember(key, image):
    def forget(ref):
        print("callback: forgetting", key)
        del cache[key]
    cache[key] = weakref.ref(image, forget)

logo = Image("logo.png")
banner = Image("banner.png")
remember("logo", logo)
remember("banner", banner)
print("cached:", sorted(cache))
del banner
print("cached after del banner:", sorted(cache))
print("logo is still there:", cache["logo"]().path)
