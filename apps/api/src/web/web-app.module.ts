import { Logger, Module, RequestMethod, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { WebAppMiddleware } from './web-app.middleware.js';
import { WebAssets } from './web-assets.js';

/** The web app (apps/web, built to AppConfig.webDistDir) served on the same origin as the api. */
@Module({ providers: [WebAssets, WebAppMiddleware] })
export class WebAppModule implements NestModule, OnModuleInit {
  private readonly logger = new Logger('WebApp');

  constructor(private readonly assets: WebAssets) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebAppMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.GET });
  }

  async onModuleInit(): Promise<void> {
    if (!(await this.assets.index())) {
      this.logger.warn(`No built web app in ${this.assets.root}: run \`npm run build\`; until then its pages explain this.`);
    }
  }
}
