# A class registry through __init_subclass__ with weak references: subclasses vanish when collected
import weakref, gc

class Plugin:
    registry = weakref.WeakValueDictionary()
    strong = []
    def __init_subclass__(cls, name=None, keep=False, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        if keep:
            Plugin.strong.append(cls)

class Csv(Plugin, name='csv'):
    pass
class Json(Plugin, keep=True):
    pass
def make_temporary():
    class Temp(Plugin, name='temp'):
        pass
    return Temp.plugin_name
print(make_temporary())
print('registered', sorted(Plugin.registry.keys()))
print('collected', gc.collect() > 0)
print('after collect', sorted(Plugin.registry.keys()))
del Csv
print('after del Csv', sorted(Plugin.registry.keys()))
gc.collect()
print('after collect', sorted(Plugin.registry.keys()))
print(Plugin.registry['json'] is Json, Json.plugin_name)
try:
    class Bad(Plugin, colour='red'):
        pass
except TypeError as e:
    print('TypeError', e)
print(sorted(Plugin.registry.keys()), len(Plugin.__subclasses__()))
class Meta(type):
    instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Meta.instances:
            Meta.instances[cls] = super().__call__(*args, **kw)
        return Meta.instances[cls]
class Config(metaclass=Meta):
    def __init__(self):
        print('  init once')
a = Config(); b = Config()
print(a is b, len(Meta.instances))
