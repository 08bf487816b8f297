# A traceback's carets stand under the failing expression even after wide characters (CJK, emoji), which take two columns.
def total(label, amounts):
    return "合计:" + label + sum(amounts)


try:
    pair = ("中文", 1 + "一")
except TypeError:
    try:
        prices = {"苹果": 3, "香蕉": 2}
        print("价格", prices["苹果"] + prices["橙子"])
    except KeyError:
        try:
            faces = "😀😃"
            print(faces[1:] + faces["😀"])
        except TypeError:
            print(total("𐐀 ±é ｱ", [1, 2]))
