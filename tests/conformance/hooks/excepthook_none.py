# sys.excepthook = None: calling it fails with a TypeError, reported with the original exception
import sys
sys.excepthook = None
class Shown(Exception):
    def __str__(self):
        return "shown " + str(self.args[0])
raise Shown(7)
