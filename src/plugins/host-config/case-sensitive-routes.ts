/**
 * Client module: makes the router match paths case-sensitively, as the host does. React Router matches
 * without regard to case by default, so at `/integration/IOT` (which every host answers with the 404 page) the
 * browser would render the IoT page over the server's 404 markup: a hydration error and the wrong page. With
 * `sensitive` set on every route, the client shows the same "not found" content as the server.
 *
 * `@generated/routes` is the route table Docusaurus generates and its router reads; client modules are
 * evaluated before the first route is matched, so the flag is in place for hydration. This leans on a
 * Docusaurus internal: if the table is not the array of routes this expects, it says so with a console error,
 * which every end-to-end page check fails on.
 */
import routes from '@generated/routes';
import {makeCaseSensitive} from './route-matching';

if (!makeCaseSensitive(routes)) {
  console.error(
    'host-config: @generated/routes is no longer an array of routes with paths; ' +
      'src/plugins/host-config/case-sensitive-routes.ts must be updated for this Docusaurus version.',
  );
}
