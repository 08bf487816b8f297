# A class header takes no bare generator expression as its only base
class Mixed(base for base in (object,)):
    pass
