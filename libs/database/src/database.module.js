var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from "../../config/src/index.js";
import { dataSourceOptions } from './data-source-options.js';
/** Connects to PostgreSQL with the shared options; never synchronizes. */
let DatabaseModule = class DatabaseModule {
};
DatabaseModule = __decorate([
    Global(),
    Module({
        imports: [
            TypeOrmModule.forRootAsync({
                inject: [AppConfig],
                useFactory: (config) => ({
                    ...dataSourceOptions({ url: config.requireDatabaseUrl(), poolSize: config.databasePoolSize, applicationName: `qinao-${process.title}` }),
                    autoLoadEntities: false,
                }),
            }),
        ],
    })
], DatabaseModule);
export { DatabaseModule };
//# sourceMappingURL=database.module.js.map