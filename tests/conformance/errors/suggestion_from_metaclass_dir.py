# A class's 'Did you mean' comes from its metaclass's __dir__
class M(type):
    def __dir__(cls):
        print("meta dir")
        return ['alpha_beta']
class C(metaclass=M): pass
C.alpha_bet
