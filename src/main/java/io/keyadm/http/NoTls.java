package io.keyadm.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for a client that must never use it (plain-http base URL): every handshake fails closed, and
 * nothing of the platform's TLS stack or trust store is loaded.
 */
final class NoTls {

  static final X509TrustManager TRUST_MANAGER =
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
            throws CertificateException {
          throw new CertificateException("TLS is not used by a plain-http profile");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
            throws CertificateException {
          throw new CertificateException("TLS is not used by a plain-http profile");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      };

  static final SSLSocketFactory SOCKET_FACTORY =
      new SSLSocketFactory() {
        private IOException refused() {
          return new IOException("TLS is not used by a plain-http profile");
        }

        @Override
        public String[] getDefaultCipherSuites() {
          return new String[0];
        }

        @Override
        public String[] getSupportedCipherSuites() {
          return new String[0];
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose)
            throws IOException {
          throw refused();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
          throw refused();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
            throws IOException {
          throw refused();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
          throw refused();
        }

        @Override
        public Socket createSocket(
            InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
          throw refused();
        }
      };

  private NoTls() {}
}
