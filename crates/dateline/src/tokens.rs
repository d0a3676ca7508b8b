//! Tokens: one pass over a segment's text giving word, number and
//! punctuation spans with shape flags. Later stages read shapes from here
//! instead of re-scanning characters.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Punct,
}

/// One token; `start..end` are byte offsets into the whole input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// First character is an uppercase letter, or the word is a surname
    /// after the Arabic article in lower case ("al-Sudani": see
    /// [`arabic_article`]).
    pub cap: bool,
    /// Two or more letters, all uppercase ("NATO", "BAKU", "U.S.").
    pub upper: bool,
    /// First token of a sentence.
    pub sentence_start: bool,
    /// A line break lies between this token and the one before.
    pub after_newline: bool,
}

/// A surname after the Arabic article in lower case: "al-Sudani",
/// "el-Sisi" (in "Mohammed Shia al-Sudani"), which names take like a
/// capitalised word.
pub(crate) fn arabic_article(w: &[u8]) -> bool {
    w.len() >= 6
        && w[2] == b'-'
        && w[1] == b'l'
        && matches!(w[0], b'a' | b'e')
        && w[3].is_ascii_uppercase()
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.')
}

/// The character at byte `p` of `text` and its length; ASCII without decoding.
#[inline]
pub(crate) fn char_at(text: &str, p: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(p)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    text[p..].chars().next().map(|c| (c, c.len_utf8()))
}

const ALNUM: u8 = 1;
const ALPHA: u8 = 2;
const LOWER: u8 = 4;

/// Classes of ASCII bytes (0 for the rest, which are decoded as chars).
static ASCII: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            ALNUM
        } else if c.is_ascii_lowercase() {
            ALNUM | ALPHA | LOWER
        } else if c.is_ascii_uppercase() {
            ALNUM | ALPHA
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Tokens of `text`, which starts at byte `base` of the input.
pub(crate) fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut p = 0;
    let mut sentence_start = true;
    let mut newline = false;
    while let Some((c, len)) = char_at(text, p) {
        let i = p;
        p += len;
        if c.is_whitespace() {
            newline |= c == '\n';
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = p;
            let mut letters = usize::from(c.is_alphabetic());
            let mut upper = c.is_uppercase();
            let bytes = text.as_bytes();
            loop {
                // ASCII letters and digits, the bulk of every word, by table.
                let run = p;
                while let Some(&b) = bytes.get(p) {
                    let k = ASCII[usize::from(b)];
                    if k & ALNUM == 0 {
                        break;
                    }
                    letters += usize::from(k & ALPHA != 0);
                    upper &= k & LOWER == 0;
                    p += 1;
                }
                if p > run {
                    end = p;
                }
                let Some((d, dlen)) = char_at(text, p) else {
                    break;
                };
                let j = p;
                if d.is_alphanumeric() {
                    letters += usize::from(d.is_alphabetic());
                    upper &= !d.is_lowercase();
                    p += dlen;
                    end = p;
                } else if joins(d) {
                    let next = char_at(text, j + dlen).map(|(n, _)| n);
                    // (Not sentences run together by a crawl: "... met
                    // Vladimir Putin.Follow Sputnik's ...".)
                    let glued = d == '.'
                        && j >= 2
                        && text.as_bytes()[j - 1].is_ascii_lowercase()
                        && text.as_bytes()[j - 2].is_ascii_lowercase()
                        && next.is_some_and(|c| c.is_ascii_uppercase())
                        // (Not a site's name: "News.Az", "Report.Az".)
                        && {
                            let after = &text.as_bytes()[j + 2..];
                            let len = after
                                .iter()
                                .position(|b| !b.is_ascii_lowercase())
                                .unwrap_or(after.len());
                            let tail = &text[j + 1..j + 2 + len];
                            len >= 1
                                && !matches!(
                                    tail,
                                    "Az" | "Ge" | "Am" | "Ru" | "Uz" | "Kz" | "Tr" | "Ua" | "Com"
                                        | "Net" | "Org" | "Info" | "News"
                                )
                        };
                    // "then-President Obama": "then" qualifies the title
                    // that follows, which is a word of its own.
                    let then = d == '-'
                        && &text[i..j] == "then"
                        && next.is_some_and(|c| c.is_ascii_uppercase());
                    if next.is_some_and(char::is_alphanumeric) && !glued && !then {
                        p += dlen;
                        end = p;
                    } else {
                        if d == '.'
                            && (is_initialism(&text[i..j]) || ABBREVIATIONS.contains(&&text[i..j]))
                        {
                            // "U.S." and "J." keep their final dot.
                            p += 1;
                            end = p;
                        }
                        break;
                    }
                } else {
                    break;
                }
            }
            let word = &text[i..end];
            // Possessive "NATO’s": the "’s" is a token of its own.
            let (word_end, poss) = match crate::without_possessive(word) {
                Some(w) if !w.is_empty() => (i + w.len(), true),
                _ => (end, false),
            };
            let kind = if c.is_ascii_digit() {
                Kind::Number
            } else {
                Kind::Word
            };
            out.push(Token {
                start: base + i,
                end: base + word_end,
                kind,
                cap: c.is_uppercase()
                    || (matches!(c, 'a' | 'e') && arabic_article(&text.as_bytes()[i..word_end])),
                upper: upper && letters >= 2,
                sentence_start,
                after_newline: newline,
            });
            if poss {
                out.push(Token {
                    start: base + word_end,
                    end: base + end,
                    kind: Kind::Punct,
                    cap: false,
                    upper: false,
                    sentence_start: false,
                    after_newline: false,
                });
            }
            // "Gen." or "Mr." does not end a sentence; a word then "." does.
            sentence_start = false;
            newline = false;
            continue;
        }
        out.push(Token {
            start: base + i,
            end: base + p,
            kind: Kind::Punct,
            cap: false,
            upper: false,
            sentence_start: false,
            after_newline: newline,
        });
        newline = false;
        if matches!(c, '.' | '!' | '?' | '…') {
            sentence_start = true;
        } else if !matches!(c, '"' | '“' | '”' | '\'' | '‘' | '(' | '«') {
            sentence_start = false;
        }
    }
    out
}

/// Abbreviations that keep their dot and do not end a sentence (ranks and
/// forms of address before a name: "Gen.", "Sen.", "Dr.").
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "Gen", "Col", "Lt", "Maj", "Brig", "Adm", "Capt", "Sgt", "Mr", "Mrs", "Ms", "Dr", "Prof", "St",
    "Sen", "Rep", "Gov", "res", "ret", "Spc", "Pfc", "Pvt", "Cpl",
];

/// "U.S", "J", "D.C", "H.R": single letters joined by dots.
fn is_initialism(s: &str) -> bool {
    s.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t, 0).iter().map(|k| &t[k.start..k.end]).collect()
    }

    #[test]
    fn words_hyphens_initials_possessives() {
        assert_eq!(
            words("NATO’s chief, Gen. T. Wolters, met the U.S. envoy."),
            [
                "NATO", "’s", "chief", ",", "Gen.", "T.", "Wolters", ",", "met", "the", "U.S.",
                "envoy", "."
            ]
        );
        assert_eq!(
            words("Nagorno-Karabakh 2006-2007"),
            ["Nagorno-Karabakh", "2006-2007"]
        );
        // "then-" before a title is a word of its own; not inside a name.
        assert_eq!(
            words("then-President Obama, then-then Al-Then"),
            [
                "then",
                "-",
                "President",
                "Obama",
                ",",
                "then-then",
                "Al-Then"
            ]
        );
        // Sentences run together by a crawl part at the dot; a site's name
        // stays one word.
        assert_eq!(
            words("met Putin.Follow News.Az region.Li Baku.Ölçü"),
            [
                "met",
                "Putin",
                ".",
                "Follow",
                "News.Az",
                "region",
                ".",
                "Li",
                "Baku.Ölçü"
            ]
        );
    }

    #[test]
    fn shapes_and_offsets() {
        let t = tokenize("Hello. BAKU said", 10);
        assert_eq!((t[0].start, t[0].end), (10, 15));
        assert!(t[0].cap && t[0].sentence_start && !t[0].upper);
        assert!(t[2].upper && t[2].sentence_start);
        assert!(!t[3].sentence_start);
    }
}
