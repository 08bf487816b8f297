# A method looked up on None: carets under the attribute, not the call
def shout(text):
    words = None
    return words.upper() + "!"


shout("hi")
