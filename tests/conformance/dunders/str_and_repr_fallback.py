# str() falls back to __repr__; containers always use repr of their items.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"

print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(Both(), [Both()], (Both(),), {"k": Both()})
print("%s %r" % (Both(), Both()), "{} {!r}".format(Both(), Both()))
