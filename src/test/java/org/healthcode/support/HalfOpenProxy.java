package org.healthcode.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback between the application and PostgreSQL that can make every
 * connection open so far half-open: {@link #freezeOpenConnections()} stops forwarding on
 * them in both directions while their sockets stay open (nothing is closed, nothing
 * arrives, like a peer that vanished behind a firewall), and new connections keep
 * working, as in the fault probe.
 */
public final class HalfOpenProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final List<Link> links = new CopyOnWriteArrayList<>();

	public HalfOpenProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket();
		this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		Thread acceptor = new Thread(this::accept, "half-open-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	private volatile boolean cut;

	/** From now on, nothing more passes on the connections open now. */
	public void freezeOpenConnections() {
		this.links.forEach(link -> link.frozen = true);
	}

	/**
	 * The database is gone: every connection is closed and new ones are refused until
	 * {@link #restore()}.
	 */
	public void cut() {
		this.cut = true;
		this.links.forEach(Link::close);
		this.links.clear();
	}

	public void restore() {
		this.cut = false;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.cut) {
					client.close();
					continue;
				}
				Socket database = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				Link link = new Link(client, database);
				this.links.add(link);
				pump(link, client.getInputStream(), database.getOutputStream());
				pump(link, database.getInputStream(), client.getOutputStream());
			}
			catch (IOException ex) {
				// closed, or the database refused: the client sees its connection fail
			}
		}
	}

	private void pump(Link link, InputStream from, OutputStream to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try {
				int read;
				while ((read = from.read(buffer)) >= 0) {
					if (link.frozen) {
						// swallow everything, answer nothing, close nothing
						continue;
					}
					to.write(buffer, 0, read);
					to.flush();
				}
			}
			catch (IOException ex) {
				// one side closed
			}
			if (!link.frozen) {
				link.close();
			}
		}, "half-open-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.links.forEach(Link::close);
	}

	private static final class Link {

		private final Socket client;

		private final Socket database;

		private volatile boolean frozen;

		Link(Socket client, Socket database) {
			this.client = client;
			this.database = database;
		}

		void close() {
			try {
				this.client.close();
				this.database.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

	}

}
