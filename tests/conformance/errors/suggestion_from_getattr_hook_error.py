# A plain AttributeError(name) from __getattr__ gets name and obj from the lookup, and so the report's suggestion
class Config:
    value = 1

    def __getattr__(self, name):
        raise AttributeError(name)


try:
    Config().valeu
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)
Config().valeu
