/** Serves the built site under its base path on 127.0.0.1 for the whole end-to-end run. */
import {startStaticServer, type StaticServer} from './server';
import {BASE_URL, BUILD_DIR} from './site';

let server: StaticServer | undefined;

export async function setup(): Promise<void> {
  server = await startStaticServer({root: BUILD_DIR, base: BASE_URL});
  process.env.IG_ORIGIN = server.origin;
}

export async function teardown(): Promise<void> {
  await server?.close();
}
