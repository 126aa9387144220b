package io.keyadm.testing;

/** The three APIs keyadm administers: the provider id keyadm knows each by, and its base path. */
public enum Api {
  MASUMI("masumi", "/api/v1"),
  PERS("pers", "/v2"),
  NFT("nft", "/api/v1");

  private final String provider;
  private final String base;

  Api(String provider, String base) {
    this.provider = provider;
    this.base = base;
  }

  /** The value of {@code --provider}, and the folder of its fixtures. */
  public String provider() {
    return provider;
  }

  /** The path every endpoint of this API starts with, as in its real base URL. */
  public String base() {
    return base;
  }
}
