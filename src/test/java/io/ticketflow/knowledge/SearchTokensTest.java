package io.ticketflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The knowledge base's tokenizer: English words, their forms, Chinese bigrams, and junk. */
class SearchTokensTest {

  @Test
  void englishTextBecomesLowerCaseWordsWithoutStopWords() {
    assertThat(SearchTokens.of("The VPN is NOT working, and I can't reach the Intranet!"))
        .containsExactly("vpn", "work", "reach", "intranet");
  }

  @Test
  void formsOfOneWordMeet() {
    assertThat(SearchTokens.of("disconnect disconnects disconnected disconnecting"))
        .containsOnly("disconnect");
    assertThat(SearchTokens.of("printer printers")).containsOnly("printer");
    assertThat(SearchTokens.of("update updates updated updating")).containsOnly("updat");
    assertThat(SearchTokens.of("crash crashes crashed crashing")).containsOnly("crash");
    assertThat(SearchTokens.of("query queries")).containsOnly("query");
    assertThat(SearchTokens.of("apply applied applies applying")).containsOnly("apply");
    assertThat(SearchTokens.of("stop stopped stopping")).containsOnly("stop");
    assertThat(SearchTokens.of("install installed installing")).containsOnly("install");
    assertThat(SearchTokens.of("sync syncing synced syncs")).containsOnly("sync");
  }

  @Test
  void shortWordsAndWordsThatOnlyLookInflectedKeepTheirShape() {
    assertThat(SearchTokens.of("access status analysis need bring sing"))
        .containsExactly("access", "status", "analysis", "need", "bring", "sing");
  }

  @Test
  void wordsWithDigitsAreKeptWholeAndLoneLettersDropped() {
    assertThat(SearchTokens.of("Error E-500 on Win10 after KB5034441, 2 times"))
        .containsExactly("error", "500", "win10", "kb5034441", "2", "tim");
  }

  @Test
  void chineseTextBecomesOverlappingBigrams() {
    assertThat(SearchTokens.of("无法登录")).containsExactly("无法", "法登", "登录");
    assertThat(SearchTokens.of("打印机脱机")).containsExactly("打印", "印机", "机脱", "脱机");
  }

  @Test
  void aLoneChineseCharacterStaysAUnigram() {
    assertThat(SearchTokens.of("网 断了")).containsExactly("网", "断了");
  }

  @Test
  void mixedTextSplitsAtTheScriptBoundary() {
    assertThat(SearchTokens.of("VPN断开，OA系统登录失败"))
        .containsExactly("vpn", "断开", "oa", "系统", "统登", "登录", "录失", "失败");
  }

  @Test
  void japaneseAndKoreanAreTreatedLikeChinese() {
    assertThat(SearchTokens.of("プリンター")).containsExactly("プリ", "リン", "ンタ", "ター");
    assertThat(SearchTokens.of("로그인")).containsExactly("로그", "그인");
  }

  @Test
  void fullWidthCharactersAreFolded() {
    assertThat(SearchTokens.of("ＶＰＮ　ＥＲＲＯＲ１２")).containsExactly("vpn", "error12");
  }

  @Test
  void junkGivesNoTokens() {
    assertThat(SearchTokens.of(null)).isEmpty();
    assertThat(SearchTokens.of("")).isEmpty();
    assertThat(SearchTokens.of("   \t\n ")).isEmpty();
    assertThat(SearchTokens.of("!!! ??? --- *** ''' \"\" () <> & | ; \\ 🙂🙂")).isEmpty();
    assertThat(SearchTokens.of("the a an of to")).isEmpty();
    assertThat(SearchTokens.of("\u0000\u0007\u200b")).isEmpty();
  }

  @Test
  void tsquerySyntaxNeverSurvivesInAToken() {
    assertThat(SearchTokens.of("vpn' | !printer & (crash:*) <-> x"))
        .containsExactly("vpn", "printer", "crash")
        .allMatch(t -> t.chars().allMatch(Character::isLetterOrDigit));
  }

  @Test
  void overlongTokensAreCut() {
    String hash = "a".repeat(64) + "1";
    assertThat(SearchTokens.of(hash))
        .singleElement()
        .asString()
        .hasSize(SearchTokens.MAX_TOKEN_LENGTH);
    String word = "x".repeat(100);
    assertThat(SearchTokens.of(word))
        .singleElement()
        .asString()
        .hasSize(SearchTokens.MAX_TOKEN_LENGTH);
  }

  @Test
  void accentsAndOtherScriptsStayInTheirWords() {
    assertThat(SearchTokens.of("Café résumé naïve")).containsExactly("café", "résumé", "naïv");
    assertThat(SearchTokens.of("Принтер не печатает")).containsExactly("принтер", "не", "печатает");
  }
}
