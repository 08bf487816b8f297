# SyntaxError report: an invalid decimal literal after an emoji on its line: the caret counts code points
mood = "😀"; count = 3items
