# Once finalize_modules has set sys.meta_path to None, an import in a __del__ run by the final collection fails.
import gc
class Importer:
    def __del__(s):
        import gc
        print("imported again", gc.isenabled())
class LateImporter:
    def __del__(s):
        import math
        print("never printed")
a = Importer()
b = LateImporter()
